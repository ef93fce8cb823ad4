/**
 * Test data for the persistence tests: organization trees and members built through the services, each tree with
 * codes and identity numbers of its own, so tests sharing one database never see each other's rows.
 */
package cn.jinan.care.persistence.testdata;
