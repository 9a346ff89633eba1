using System.Collections.Generic;
using CsCheck;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Json;
using YouthJustice.Sampling;

namespace YouthJustice.Cli.Tests.BadInput;

/// <summary>
/// Issue 14, decision IX-R3: the same data in another order gives the same bytes: the JSON of <c>kpi</c> (with its
/// per-child list) and of <c>diff</c> lists children by id, whatever the order of the children and of their records.
/// </summary>
public sealed class InputOrderTest
{
    private static readonly Gen<(int Seed, int Shuffle)> Cases = Gen.Select(Gen.Int[1, 1_000_000], Gen.Int);

    [Fact]
    public void Kpi_and_diff_json_are_byte_for_byte_the_same_whatever_the_order_of_the_input()
        => Cases.Sample(
            c =>
            {
                var data = SampleGenerator.Generate(new SampleOptions(40, c.Seed, new ReportingQuarter(2023, 1), 4, "YJS01", "Order test"));
                using var folder = new TempFolder();
                var original = folder.File("original.json");
                var shuffled = folder.File("shuffled.json");
                CaseLevelJsonWriter.WriteFile(data, original);
                CaseLevelJsonWriter.WriteFile(Shuffle(data, new Random(c.Shuffle)), shuffled);

                foreach (var args in new[]
                {
                    new[] { "kpi", "--quarter", "2023Q4", "--format", "json", "--children" },
                    ["diff", "--quarter", "2023Q4", "--format", "json"],
                    ["kpi", "--quarter", "2024Q1", "--format", "csv"],
                })
                {
                    var a = Yj.Run([args[0], original, .. args[1..]]);
                    var b = Yj.Run([args[0], shuffled, .. args[1..]]);
                    a.ExitCode.Should().Be(ExitCode.Ok, a.Error);
                    b.Out.Should().Be(a.Out, "yj {0} must not depend on the order of the input", string.Join(' ', args));
                }
            },
            iter: 6,
            threads: 1);

    [Fact]
    public void The_shuffle_really_changes_the_order_of_the_children()
    {
        var data = SampleGenerator.Generate(new SampleOptions(40, 7, new ReportingQuarter(2023, 1), 4, "YJS01", "Order test"));

        Shuffle(data, new Random(1)).Children.Select(c => c.Id).Should().NotEqual(data.Children.Select(c => c.Id));
    }

    private static ServiceData Shuffle(ServiceData data, Random random)
        => new(
            data.Code,
            data.Name,
            Mix(data.Populations, random),
            Mix(data.BoardAttendance, random),
            Mix(data.Children, random).Select(c => new ChildCase(
                c.Id,
                c.DateOfBirth,
                c.Sex,
                c.Ethnicity,
                Mix(c.Offences, random),
                Mix(c.Interventions, random),
                Mix(c.Accommodation, random),
                Mix(c.Ete, random),
                Mix(c.SendAln, random),
                Mix(c.MentalHealth, random),
                Mix(c.SubstanceMisuse, random),
                Mix(c.CareStatus, random),
                Mix(c.Victims, random),
                Mix(c.Hearings, random))));

    private static List<T> Mix<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
