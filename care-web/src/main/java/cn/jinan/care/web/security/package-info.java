/**
 * Sign-in, roles, lockout, forced password change, security headers, and the data scope of the signed-in user.
 */
package cn.jinan.care.web.security;
