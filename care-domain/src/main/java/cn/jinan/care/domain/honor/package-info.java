/**
 * Honors (表彰, 第9、10条) of members and of organizations, and the "光荣在党50年" medal (R09-MEDAL-50) with the rule
 * that says who is due it on a year's 七一.
 */
package cn.jinan.care.domain.honor;
