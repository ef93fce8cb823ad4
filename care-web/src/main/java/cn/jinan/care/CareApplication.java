package cn.jinan.care;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * party care (党内激励关怀): the care-and-incentive work of the Jinan municipal committee's 2019 measures.
 * At the root package so that entities, repositories and components of every module are found without extra scanning.
 */
@SpringBootApplication
public class CareApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareApplication.class, args);
    }
}
