package io.newswire.bench.chaos;

import java.util.List;

/** The least-squares slope of a series: how fast it grows per unit of x. */
final class Trend {
    private Trend() {
    }

    /** Slope of y over x; 0 for fewer than two points or when every x is the same. */
    static double slope(List<Double> x, List<Double> y) {
        int n = x.size();
        if (n < 2) {
            return 0;
        }
        double meanX = x.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double meanY = y.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (x.get(i) - meanX) * (y.get(i) - meanY);
            variance += (x.get(i) - meanX) * (x.get(i) - meanX);
        }
        return variance == 0 ? 0 : covariance / variance;
    }
}
