package dev.copse.cnn.dfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileException;
import dev.copse.core.modelfile.ModelFileWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DfsModelFileTest {

    @TempDir
    Path folder;

    @Test
    void saveThenLoadGivesIdenticalPredictionsDecisionsAndCosts() throws Exception {
        DfsModel model = DfsModel.of(DfsFixtures.network(BitwidthOptions.PAPER, 21), List.of("a", "b", "c"),
                JsonObject.builder().put("note", "fixture").build());
        Path file = folder.resolve("dfs.copse");
        model.save(file);
        DfsModel again = DfsModel.load(file);
        assertEquals(BitwidthOptions.PAPER, again.options());
        assertEquals(model.architecture(), again.architecture());
        assertEquals(model.classNames(), again.classNames());

        float[] images = DfsFixtures.images(6, 144, 22);
        DfsExecutor.Result before = model.newExecutor().run(images, 6, null);
        DfsExecutor.Result after = again.newExecutor().run(images, 6, null);
        assertArrayEquals(before.logits(), after.logits());
        for (int n = 0; n < 6; n++) {
            assertArrayEquals(before.choices()[n], after.choices()[n]);
        }
    }

    @Test
    void refusesAFileOfAnotherType() throws Exception {
        Path file = folder.resolve("other.copse");
        new ModelFileWriter("resnet", JsonObject.empty()).write(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> DfsModel.load(file));
        assertTrue(e.getMessage().contains("other.copse"), e.getMessage());
    }
}
