/**
 * Study hours (集中学习培训, 第3、4条): each record is one member's hours on one day for one course.
 */
package cn.jinan.care.domain.training;
