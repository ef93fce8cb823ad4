/**
 * The organization tree browser, and adding and editing organizations (administrators).
 */
package cn.jinan.care.web.organization;
