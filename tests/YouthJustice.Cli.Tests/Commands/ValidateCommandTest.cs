using System.Text.Json;
using System.Text.Json.Nodes;

namespace YouthJustice.Cli.Tests.Commands;

/// <summary>
/// <c>yj validate</c> against <see cref="CaseDocuments.ThreeChildren"/> in 2023Q3 (worked by hand: cohort C1, C2; C3 excluded
/// ResidentInAnotherArea; kpi1.headline 1/2, C1 suitable and C2 unsuitable).
/// </summary>
public sealed class ValidateCommandTest
{
    private const string Agreeing = """
        { "schema": "youthjustice-kpi-return/1", "service": "T01", "quarter": "2023Q3", "definitions": "2024",
          "measures": [ { "id": "kpi1.headline", "numerator": 1, "denominator": 2, "value": 50.0,
                          "byTypeOfOrder": { "ReferralOrder": { "numerator": 1, "denominator": 2 } } },
                        { "id": "kpi7.headline", "numerator": 1, "denominator": 5, "value": 20.0 } ],
          "cohort": { "children": 2, "excluded": [ { "childId": "C3", "reason": "ResidentInAnotherArea" } ] } }
        """;

    private const string CountingC2 = """
        { "schema": "youthjustice-kpi-return/1", "service": "T01", "quarter": "2023Q3", "definitions": "2024",
          "measures": [ { "id": "kpi1.headline", "numerator": 2, "denominator": 2, "value": 100.0 } ],
          "cohort": { "children": 2, "excluded": [ { "childId": "C3", "reason": "ResidentInAnotherArea" } ] } }
        """;

    [Fact]
    public void An_agreeing_return_is_exit_code_0()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);
        var theirs = folder.Write("theirs.json", Agreeing);

        var run = Yj.Run("validate", input, "--return", theirs);

        run.ExitCode.Should().Be(ExitCode.Ok, run.Error);
        run.Out.Should().Contain("2023Q3, definitions 2024: 2 measure(s) compared").And.Contain("No discrepancy: the return agrees.");
    }

    [Fact]
    public void A_discrepancy_is_exit_code_1_with_the_child_and_the_rule()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);
        var theirs = folder.Write("theirs.json", CountingC2);

        var run = Yj.Run("validate", input, "--return", theirs);

        run.ExitCode.Should().Be(ExitCode.Findings);
        run.Out.Should().Contain("1 discrepancy.").And.Contain("their numerator is higher by 1")
            .And.Contain("C2 — ours: not met — unsuitable at end: accommodation period from 2020-01-01, open, LivingWithFriends, suitability Unsuitable");
    }

    [Fact]
    public void Json_report_lists_the_discrepancy_and_its_children()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);
        var theirs = folder.Write("theirs.json", CountingC2);

        var run = Yj.Run("validate", input, "--return", theirs, "--format", "json");

        run.ExitCode.Should().Be(ExitCode.Findings);
        using var json = JsonDocument.Parse(run.Out);
        json.RootElement.GetProperty("agrees").GetBoolean().Should().BeFalse();
        var discrepancy = json.RootElement.GetProperty("discrepancies").EnumerateArray().Single();
        discrepancy.GetProperty("kind").GetString().Should().Be("Measure");
        discrepancy.GetProperty("ours").GetString().Should().Be("1/2 = 50.0%");
        discrepancy.GetProperty("theirs").GetString().Should().Be("2/2 = 100.0");
        discrepancy.GetProperty("children").EnumerateArray().Single().GetProperty("childId").GetString().Should().Be("C2");
    }

    [Fact]
    public void Markdown_report_has_a_table_of_discrepancies()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);
        var theirs = folder.Write("theirs.json", CountingC2);

        var run = Yj.Run("validate", input, "--return", theirs, "--format", "markdown");

        run.Out.Should().StartWith("# yj validate: " + theirs).And.Contain("| Measure | `kpi1.headline` | 1/2 = 50.0% | 2/2 = 100.0 |").And.Contain("| C2 | not met | - |");
    }

    [Fact]
    public void Our_own_return_with_its_per_child_list_validates_and_a_changed_child_does_not()
    {
        using var folder = new TempFolder();
        var ours = folder.File("ours.json");
        Yj.Run("kpi", "--sample", "--quarter", "2024Q1", "--format", "json", "--children", "--out", ours).ExitCode.Should().Be(ExitCode.Ok);

        Yj.Run("validate", "--sample", "--return", ours).ExitCode.Should().Be(ExitCode.Ok);

        var document = JsonNode.Parse(File.ReadAllText(ours))!;
        var child = document["children"]![0]!;
        var status = child["measures"]!["kpi1.headline"]!.GetValue<string>();
        child["measures"]!["kpi1.headline"] = status == "Met" ? "NotMet" : "Met";
        var changed = folder.Write("changed.json", document.ToJsonString());
        var run = Yj.Run("validate", "--sample", "--return", changed);

        run.ExitCode.Should().Be(ExitCode.Findings);
        run.Out.Should().Contain($"{child["childId"]!.GetValue<string>()} on kpi1.headline: ours ");
    }

    [Fact]
    public void Missing_return_file_is_exit_code_3()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var run = Yj.Run("validate", input, "--return", folder.File("nothere.json"));

        run.ExitCode.Should().Be(ExitCode.InputInvalid);
        run.Error.Should().Contain("does not exist: give a youthjustice-kpi-return/1 JSON document.");
    }

    [Fact]
    public void A_return_that_is_not_a_kpi_return_is_exit_code_3()
    {
        using var folder = new TempFolder();
        var input = folder.Write("service.json", CaseDocuments.ThreeChildren);

        var notJson = Yj.Run("validate", input, "--return", folder.Write("a.json", "not json"));
        var caseLevel = Yj.Run("validate", input, "--return", input);

        notJson.ExitCode.Should().Be(ExitCode.InputInvalid);
        notJson.Error.Should().Contain("could not be read:").And.Contain("IX-JSON-001");
        caseLevel.ExitCode.Should().Be(ExitCode.InputInvalid);
        caseLevel.Error.Should().Contain("IX-JSON-002");
    }

    [Fact]
    public void Missing_return_option_is_exit_code_2()
    {
        var run = Yj.Run("validate", "--sample");

        run.ExitCode.Should().Be(ExitCode.Usage);
        run.Error.Should().Contain("Give the return to validate with --return, for example --return their-return.json.");
    }
}
