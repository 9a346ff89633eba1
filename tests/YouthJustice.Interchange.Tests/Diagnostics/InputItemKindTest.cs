namespace YouthJustice.Interchange.Tests.Diagnostics;

public class InputItemKindTest
{
    [Fact]
    public void Every_csv_file_of_the_contract_has_a_kind()
        => InputItemKind.List.Where(k => k.CsvFile is not null).Select(k => k.CsvFile).Should().BeEquivalentTo(
            "children.csv", "offences.csv", "outcomes.csv", "interventions.csv", "accommodation.csv", "ete.csv", "send_aln.csv",
            "mental_health.csv", "substance_misuse.csv", "care_status.csv", "victims.csv", "board_attendance.csv", "populations.csv",
            "hearings.csv");

    [Fact]
    public void Outcomes_belong_to_offences_and_offences_to_children()
    {
        InputItemKind.Outcome.Parent.Should().Be(InputItemKind.Offence);
        InputItemKind.Offence.Parent.Should().Be(InputItemKind.Child);
        InputItemKind.Population.Parent.Should().BeNull();
    }

    [Fact]
    public void Values_run_from_one_without_gaps()
        => InputItemKind.List.Select(k => k.Value).Order().Should().Equal(Enumerable.Range(1, InputItemKind.List.Count));
}
