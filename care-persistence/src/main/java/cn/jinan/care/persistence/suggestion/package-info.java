/** The suggestion register (意见建议, 第6条) within a data scope, with its steps through to 落实 and the overdue list. */
package cn.jinan.care.persistence.suggestion;
