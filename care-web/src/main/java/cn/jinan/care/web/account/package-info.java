/**
 * The signed-in user's own account: changing the password.
 */
package cn.jinan.care.web.account;
