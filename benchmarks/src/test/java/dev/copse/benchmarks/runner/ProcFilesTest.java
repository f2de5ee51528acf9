package dev.copse.benchmarks.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The parsers of /proc and /etc files, on hand-written samples. */
class ProcFilesTest {

    @Test
    void highWaterMarkIsReadInKibibytes() {
        String status = "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t   51200 kB\nVmRSS:\t 40000 kB\n";
        assertEquals(51_200L * 1024, ProcessMemory.parseHighWaterMark(status));
        assertThrows(IllegalArgumentException.class, () -> ProcessMemory.parseHighWaterMark("Name:\tjava\n"));
        assertThrows(IllegalArgumentException.class, () -> ProcessMemory.parseHighWaterMark("VmHWM:\t5 MB\n"));
    }

    @Test
    void cpuModelComesWithItsVectorWidth() {
        String cpuinfo = "processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Processor\nflags\t\t: fpu sse avx2 avx512f avx512bw\n"
                + "processor\t: 1\nmodel name\t: Intel(R) Xeon(R) Processor\n";
        assertEquals("Intel(R) Xeon(R) Processor (AVX-512)", MachineProbe.cpuModel(cpuinfo));
        assertEquals("AMD EPYC (no AVX-512)", MachineProbe.cpuModel("model name : AMD EPYC\nflags : avx2 fma\n"));
        assertEquals("unknown (no model name in /proc/cpuinfo)", MachineProbe.cpuModel("processor : 0\n"));
    }

    @Test
    void distributionNameLosesItsQuotes() {
        assertEquals("Debian GNU/Linux 12 (bookworm)",
                MachineProbe.prettyName("NAME=\"Debian GNU/Linux\"\nPRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"));
    }
}
