/**
 * The sign-in page and each role's home page.
 */
package cn.jinan.care.web.home;
