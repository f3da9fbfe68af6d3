namespace PreRecordedFx.Cli.Tests;

/// <summary>The small pieces the interruption line, stdin ids and whole-file writes rest on.</summary>
public sealed class BuildingBlocksTests
{
    [Fact]
    public void The_tally_names_each_kind_of_work_in_the_order_it_was_first_done()
    {
        var tally = new Tally();
        Assert.Equal("nothing changed", tally.ToString());

        tally.Add("archived");
        tally.Add("deleted");
        tally.Add("archived");

        Assert.Equal("archived 2 jobs, deleted 1 job", tally.ToString());
        Assert.Equal(2, tally.Count("archived"));
        Assert.Equal(0, tally.Count("exported"));
        Assert.Equal("gladia-jobs: interrupted: archived 2 jobs, deleted 1 job so far; run the same command again to continue", Actions.Interrupted(tally));
    }

    [Fact]
    public void A_dash_stands_for_the_ids_on_standard_input_trimmed_without_blanks_or_repeats()
    {
        var ids = JobIds.Read(["a", "-", "d", "b"], new StringReader(" b \n\n\tc\r\nb\n"));

        Assert.Equal(["a", "b", "c", "d"], ids);
        Assert.Equal(["x"], JobIds.Read(["x"], new StringReader("never read")));
    }

    [Fact]
    public void A_whole_file_write_replaces_the_file_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var path = folder["report.json"];
        File.WriteAllText(path, "old and longer");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }
}
