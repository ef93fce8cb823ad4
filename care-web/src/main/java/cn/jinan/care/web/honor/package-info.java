/** Pages of the honor register (表彰, 第9、10条) and of the 50-year medal's lists (R09-MEDAL-50). */
package cn.jinan.care.web.honor;
