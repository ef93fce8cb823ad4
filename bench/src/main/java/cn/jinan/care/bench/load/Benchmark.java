package cn.jinan.care.bench.load;

import cn.jinan.care.bench.Args;

public final class Benchmark {
    public Benchmark(Args args) {
    }

    public int run() {
        return 0;
    }
}
