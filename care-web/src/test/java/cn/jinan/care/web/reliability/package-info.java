/**
 * Operations under strain: two instances on one database, the database stopped and restarted under load, backup and
 * restore, and upgrades from every schema version.
 */
package cn.jinan.care.web.reliability;
