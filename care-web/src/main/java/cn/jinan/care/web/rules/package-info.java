/** The rule catalogue (every rule code of POLICY.md with its article, wording, kind and parameters) and parameter changes. */
package cn.jinan.care.web.rules;
