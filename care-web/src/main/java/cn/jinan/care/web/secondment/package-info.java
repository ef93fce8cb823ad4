/** Pages of the secondment register (调、挂、派, 第12条): current, past and upcoming secondments, one at a time. */
package cn.jinan.care.web.secondment;
