package dev.promptcanvas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code promptcanvas eval} through the real root command: output, files, notes and exit codes. */
class EvalCommandTest {

    @TempDir
    Path tmp;
    Path gt;
    Path pred;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PromptCanvasCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void writeFiles() throws Exception {
        // item 1: GT [0,0,10,10] of 2 persons, predicted twice -> recall 1, precision 0.5,
        //         DensityF1 = 2/3 * ((1/2)/(2/2)) = 1/3 at every threshold
        // item 2: rejection, answered [[]] -> correct; item 3: rejection, answered with a box -> wrong
        // item 4: no prediction line (a note); id 99: not in the GT (a note)
        gt = Files.writeString(tmp.resolve("gt.jsonl"), String.join("\n",
                "{\"id\":1,\"domain\":\"attribute\",\"sub_domain\":\"color\",\"candidate_boxes\":[[0,0,10,10],"
                        + "[20,0,30,10]],\"answer_boxes\":[[0,0,10,10]]}",
                "{\"id\":2,\"domain\":\"rejection\",\"sub_domain\":\"r\",\"candidate_boxes\":[],\"answer_boxes\":[]}",
                "{\"id\":3,\"domain\":\"rejection\",\"sub_domain\":\"r\",\"candidate_boxes\":[],\"answer_boxes\":[]}",
                "{\"id\":4,\"domain\":\"position\",\"sub_domain\":\"left\",\"candidate_boxes\":[[0,0,10,10]],"
                        + "\"answer_boxes\":[[0,0,10,10]]}", ""));
        pred = Files.writeString(tmp.resolve("pred.jsonl"), String.join("\n",
                "{\"id\":1,\"extracted_predictions\":[[0,0,10,10],[0,0,10,10]]}",
                "{\"id\":2,\"extracted_predictions\":[[]]}",
                "{\"id\":3,\"extracted_predictions\":[[0,0,5,5]]}",
                "{\"id\":99,\"extracted_predictions\":[[0,0,5,5]]}", ""));
    }

    @Test
    void printsJsonByDefault() throws Exception {
        Run r = run("eval", "--format", "humanref", "--gt", gt.toString(), "--pred", pred.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("mode").asText()).isEqualTo("box");
        // average over items 1 and 4: recall (1 + 0) / 2, precision (0.5 + 0) / 2
        assertThat(json.get("average").get("recall_50").asDouble()).isEqualTo(0.5);
        assertThat(json.get("average").get("precision_mean").asDouble()).isEqualTo(0.25);
        assertThat(json.get("domains").get(0).get("domain").asText()).isEqualTo("attribute");
        assertThat(json.get("domains").get(0).get("density_f1_50").asDouble()).isEqualTo(2 * 0.5 / 1.5 * 0.5);
        assertThat(json.get("rejection").get("score").asInt()).isEqualTo(1);
        assertThat(json.get("rejection").get("total").asInt()).isEqualTo(2);
        assertThat(json.get("rejection").get("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(json.get("inputs").get("missing_predictions").asInt()).isEqualTo(1);
        assertThat(r.err()).contains("1 GT item(s) have no prediction line", "e.g. 4")
                .contains("1 prediction line(s) have an id not in the GT", "e.g. 99");
    }

    @Test
    void tableOnStdoutAndJsonToAFile() throws Exception {
        Path out = tmp.resolve("out/metrics.json");
        Run r = run("eval", "--format", "humanref", "--gt", gt.toString(), "--pred", pred.toString(), "--table",
                "--json", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("HumanRef metrics, box mode").contains("| Average", "| Rejection")
                .containsPattern("\\| attribute +\\| Overall +\\| +1\\.000 \\| +1\\.000 \\| +0\\.500 \\|")
                .doesNotContain("\"recall_50\"");
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("average").get("recall_50").asDouble()).isEqualTo(0.5);
        assertThat(json.get("box_counts").get(0).get("box_count").asText()).isEqualTo("1");
    }

    @Test
    void unsupportedFormatIsBadUsage() {
        Run r = run("eval", "--format", "coco", "--gt", gt.toString(), "--pred", pred.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--format coco", "supported: humanref");
    }

    @Test
    void malformedPredictionNamesFileLineAndField() throws Exception {
        Files.writeString(pred, "{\"id\":1,\"extracted_predictions\":[[0,0,10,10]]}\n"
                + "{\"id\":4,\"extracted_predictions\":[[0,0,\"x\",10]]}\n");
        Run r = run("eval", "--format", "humanref", "--gt", gt.toString(), "--pred", pred.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains(pred.toString(), "line 2", "extracted_predictions[0][2]", "expected a number");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFileIsBadInput() {
        Run r = run("eval", "--format", "humanref", "--gt", tmp.resolve("nope.jsonl").toString(), "--pred",
                pred.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("nope.jsonl", "--gt");
    }
}
