/** Old members' pages (第26条): the eligible list, the yearly standards, subsidy payments and unpaid months. */
package cn.jinan.care.web.oldmember;
