/**
 * The hardship register (困难党员信息库, 第27条) and hardship aid (帮扶), whose steps — application, the branch
 * committee's approval, public notice (公示), payment — cannot be skipped. Hardship records are sensitive.
 */
package cn.jinan.care.domain.hardship;
