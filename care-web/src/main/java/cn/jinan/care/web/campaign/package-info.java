/** Visit campaign pages (走访慰问活动, 第27条): plan, open, follow the coverage, close. */
package cn.jinan.care.web.campaign;
