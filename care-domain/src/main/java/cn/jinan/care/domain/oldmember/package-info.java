/**
 * Old members (老党员, 第26条): who has the living subsidy and why (computed from the member record, never typed in),
 * the monthly standard of each year with its regular raise, and the payments by month or quarter.
 */
package cn.jinan.care.domain.oldmember;
