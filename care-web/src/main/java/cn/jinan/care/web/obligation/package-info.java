/**
 * Obligation actions: waiving one with a reason.
 */
package cn.jinan.care.web.obligation;
