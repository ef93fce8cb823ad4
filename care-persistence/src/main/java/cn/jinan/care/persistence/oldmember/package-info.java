/**
 * Old members (第26条) in a data scope: the eligible list, the yearly standards, subsidy payments and the unpaid months,
 * and the planner that opens home visits for very old members.
 */
package cn.jinan.care.persistence.oldmember;
