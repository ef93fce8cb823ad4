/** The secondment register (调、挂、派, 第12条) within a data scope: current, past and upcoming, one at a time. */
package cn.jinan.care.persistence.secondment;
