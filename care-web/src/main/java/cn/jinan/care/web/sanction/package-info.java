/** Pages of the sanction register (第18、20条) and the impact-period badge on the member page (R20-IMPACT-PERIOD). */
package cn.jinan.care.web.sanction;
