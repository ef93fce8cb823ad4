/**
 * Granting a member an exemption from a yearly quota.
 */
package cn.jinan.care.web.exemption;
