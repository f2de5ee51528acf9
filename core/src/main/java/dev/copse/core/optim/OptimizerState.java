package dev.copse.core.optim;

/** Step counting and argument checks shared by the optimizers. */
final class OptimizerState {

    private final String optimizer;
    private final int parameterCount;
    private final LearningRateSchedule schedule;
    private long steps;

    OptimizerState(String optimizer, int parameterCount, LearningRateSchedule schedule) {
        if (parameterCount < 0) {
            throw new IllegalArgumentException(optimizer + ": parameter count must be >= 0, got " + parameterCount);
        }
        if (schedule == null) {
            throw new NullPointerException(optimizer + ": learning-rate schedule is null");
        }
        this.optimizer = optimizer;
        this.parameterCount = parameterCount;
        this.schedule = schedule;
    }

    int parameterCount() {
        return parameterCount;
    }

    long steps() {
        return steps;
    }

    double learningRate() {
        return schedule.rate(steps);
    }

    /** Checks the buffers of one step and returns its learning rate. */
    double begin(float[] parameters, float[] gradients) {
        check("parameters", parameters);
        check("gradients", gradients);
        return learningRate();
    }

    /** Counts a finished step. */
    void end() {
        steps++;
    }

    private void check(String name, float[] array) {
        if (array == null) {
            throw new NullPointerException(optimizer + ": " + name + " is null");
        }
        if (array.length != parameterCount) {
            throw new IllegalArgumentException(optimizer + ": " + name + " has length " + array.length
                    + " but this optimizer was built for " + parameterCount + " parameters");
        }
    }
}
