/**
 * Exemptions of members from yearly quotas.
 */
package cn.jinan.care.persistence.exemption;
