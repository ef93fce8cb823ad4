/** Pages of the suggestion register (意见建议, 第6条 "三会三制"): receiving, each handling step, the overdue list. */
package cn.jinan.care.web.suggestion;
