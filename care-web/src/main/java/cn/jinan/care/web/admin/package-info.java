/**
 * Administration: user accounts of the administrator's subtree (create, role and organization, disable, reset password).
 */
package cn.jinan.care.web.admin;
