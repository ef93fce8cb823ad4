/** Pages of the organization indicators R14/R15/R16/R25 (第14、15、16、25条). */
package cn.jinan.care.web.indicator;
