/**
 * Deterministic demo data (organizations of Jinan, about 2,000 members, a few hundred events) made in plain Java,
 * with no Spring and no database, so that a loader can put it wherever it likes and tests can check it alone.
 */
package cn.jinan.care.web.demo;
