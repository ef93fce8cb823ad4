/**
 * The hardship register and hardship aid within a data scope: registering, reviewing, closing, the overdue reviews,
 * the aid steps each checked against the version the user saw; reads of a record's detail are logged.
 */
package cn.jinan.care.persistence.hardship;
