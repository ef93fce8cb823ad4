/**
 * Persistence and application services: repositories, scoped queries, the services that change data in one
 * transaction, and the embedded PostgreSQL that serves when no database is configured.
 */
package cn.jinan.care.persistence;
