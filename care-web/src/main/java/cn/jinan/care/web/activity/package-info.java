/** Pages of the activity register and the training plans (第3、4、13、23条). */
package cn.jinan.care.web.activity;
