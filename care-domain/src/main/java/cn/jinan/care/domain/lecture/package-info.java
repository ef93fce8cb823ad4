/**
 * Party lectures given by leading cadres at the grassroots (第4条, R04-LECTURES).
 */
package cn.jinan.care.domain.lecture;
