/**
 * Party lecture pages (党课, 第4条): a leading cadre's lecture at a grassroots organization, logged, viewed, edited,
 * listed, with its history.
 */
package cn.jinan.care.web.lecture;
