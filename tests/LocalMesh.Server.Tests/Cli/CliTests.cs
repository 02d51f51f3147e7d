using System.Diagnostics;

namespace LocalMesh.Server.Tests.Cli;

/// <summary>The <c>localmesh</c> commands of the local specialists, run as a real process against a real node.</summary>
public sealed class CliTests
{
    [Fact]
    public async Task Classify_Teach_Intents_Schedule_AgainstARunningNode()
    {
        await using var node = await TestNode.StartAsync(new Dictionary<string, string?>());
        var url = node.BaseUri.ToString().TrimEnd('/');

        var classified = await RunAsync("classify", "set an alarm for 7am", "--url", url);
        Assert.Equal(0, classified.ExitCode);
        Assert.Contains("intent:     alarm (utility)", classified.Out);
        Assert.Contains("decision:   local", classified.Out);

        var oos = await RunAsync("classify", "what is the airspeed of an unladen swallow", "--url", url);
        Assert.Contains("decision:   escalate (oos score=", oos.Out);

        var taught = await RunAsync("teach", "--text", "stick coffee in the grocery basket", "--intent", "shopping_list_update", "--url", url);
        Assert.Equal(0, taught.ExitCode);
        Assert.Contains("Correction #1 recorded", taught.Out);

        var unknown = await RunAsync("teach", "--text", "hello", "--intent", "no_such_intent", "--url", url);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Unknown intent 'no_such_intent'", unknown.Err);
        Assert.Single(unknown.Err.Trim().Split('\n')); // one line

        var intents = await RunAsync("intents", "--url", url);
        Assert.Equal(0, intents.ExitCode);
        Assert.Contains("smart_home", intents.Out);

        using (await node.ChatAsync(TestNode.Body("set a timer for 5 minutes")))
        {
        }

        var scanned = await RunAsync("scan", "mail maria@contoso.com, card 4111 1111 1111 1111", "--url", url);
        Assert.Equal(0, scanned.ExitCode);
        Assert.Contains("would leave: mail <EMAIL_1>, card <CREDIT_CARD_1>", scanned.Out);
        Assert.Contains("domain: finance (confidence", scanned.Out);

        var taughtDomain = await RunAsync("domains", "teach", "legal", "the escrow deed for the harbour plot", "the notarised deed of the warehouse", "--url", url);
        Assert.Equal(0, taughtDomain.ExitCode);
        Assert.Contains("Added 2 example(s) of 'legal'", taughtDomain.Out);
        var badDomain = await RunAsync("domains", "teach", "astrology", "the stars", "--url", url);
        Assert.Equal(1, badDomain.ExitCode);
        Assert.Contains("not a policy domain", badDomain.Err);
        Assert.Single(badDomain.Err.Trim().Split('\n'));
        var domains = await RunAsync("domains", "--url", url);
        Assert.Equal(0, domains.ExitCode);
        Assert.Contains("medical", domains.Out);
        Assert.Contains("local, edge, cloud", domains.Out);

        var docs = LocalMesh.Testing.TempDirectories.Create("localmesh-cli-kb-");
        File.WriteAllText(Path.Combine(docs, "kiln.md"), "# Kiln 2\n\n## Cooling\n\nThe kiln cools for six hours before it may be opened.\n");
        var kbAdd = await RunAsync("kb", "add", docs, "--collection", "plant", "--domain", "general", "--watch", "--url", url);
        Assert.True(kbAdd.ExitCode == 0, kbAdd.Err);
        Assert.Contains("plant (general): 1 added", kbAdd.Out);
        Assert.Contains("Watching " + docs, kbAdd.Out);
        var kbAccess = await RunAsync("kb", "add", docs, "--collection", "plant", "--access", "ops,plant-team", "--url", url);
        Assert.True(kbAccess.ExitCode == 0, kbAccess.Err);
        Assert.Contains("plant (general): 0 added, 0 updated, 1 unchanged", kbAccess.Out);
        var kbWatches = await RunAsync("kb", "watches", "--url", url);
        Assert.Equal(0, kbWatches.ExitCode);
        Assert.Contains("plant", kbWatches.Out);
        var kbSearch = await RunAsync("kb", "search", "how long does the kiln cool", "--url", url);
        Assert.Equal(0, kbSearch.ExitCode);
        Assert.Contains("kiln.md › Kiln 2 › Cooling (lines 5-5", kbSearch.Out);
        var kbNote = await RunAsync("kb", "note", "The kiln door sticks in winter; lift it before opening.", "--collection", "plant", "--author", "Ana", "--url", url);
        Assert.Equal(0, kbNote.ExitCode);
        Assert.Contains("Added to plant (general) as notes/", kbNote.Out);
        var kbAsk = await RunAsync("ask", "--model", "kb/plant", "what to do when the kiln door sticks", "--url", url);
        Assert.Equal(0, kbAsk.ExitCode);
        Assert.Contains("lift it before opening. [1]", kbAsk.Out);
        Assert.Contains("[1] plant: ", kbAsk.Out);
        Assert.Contains("Note by Ana", kbAsk.Out);
        var kbList = await RunAsync("kb", "list", "--url", url);
        Assert.Contains("plant", kbList.Out);
        Assert.Contains("ops, plant-team", kbList.Out);
        var kbBad = await RunAsync("kb", "add", "/nonexistent-folder", "--collection", "plant", "--url", url);
        Assert.Equal(1, kbBad.ExitCode);
        Assert.Contains("neither a file nor a folder", kbBad.Err);
        Assert.Single(kbBad.Err.Trim().Split('\n'));

        // A binary or unsupported file is refused with one line and a non-zero exit, and leaves no empty collection.
        var junk = LocalMesh.Testing.TempDirectories.Create("localmesh-cli-junk-");
        File.WriteAllBytes(Path.Combine(junk, "photo.md"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        File.WriteAllText(Path.Combine(junk, "tool.exe"), "MZ");
        var kbBinary = await RunAsync("kb", "add", Path.Combine(junk, "photo.md"), "--collection", "junk", "--url", url);
        Assert.Equal(1, kbBinary.ExitCode);
        Assert.Contains("'photo.md' was not ingested: the file holds binary data, not text.", kbBinary.Err);
        Assert.Single(kbBinary.Err.Trim().Split('\n'));
        var kbUnsupported = await RunAsync("kb", "add", Path.Combine(junk, "tool.exe"), "--collection", "junk", "--url", url);
        Assert.Equal(1, kbUnsupported.ExitCode);
        Assert.Contains("'.exe' files are not supported", kbUnsupported.Err);
        var kbJunkFolder = await RunAsync("kb", "add", junk, "--collection", "junk", "--url", url);
        Assert.Equal(1, kbJunkFolder.ExitCode);
        Assert.Contains("photo.md: the file holds binary data", kbJunkFolder.Err);
        Assert.Contains("was ingested", kbJunkFolder.Err);
        Assert.DoesNotContain("junk", (await RunAsync("kb", "list", "--url", url)).Out);
        Assert.Equal(0, (await RunAsync("kb", "remove", "plant", "--url", url)).ExitCode);
        var unwatch = await RunAsync("kb", "unwatch", docs, "--url", url); // removing the collection stopped the watch
        Assert.Equal(1, unwatch.ExitCode);
        Assert.Contains("is not watched", unwatch.Err);

        var schedule = await RunAsync("schedule", "--url", url);
        Assert.Contains("timer", schedule.Out);
        Assert.Contains("5 minutes", schedule.Out);
    }

    [Theory]
    [InlineData(2, "exactly one of --intent", "teach", "--text", "hi")]
    [InlineData(2, "--request ID or --text", "teach", "--escalate")]
    [InlineData(2, "must contain val.json", "bench", "intents", "--data", "/nonexistent-dir")]
    [InlineData(1, "cannot reach a node", "classify", "hi", "--url", "http://127.0.0.1:9")]
    public async Task BadUse_IsAOneLineErrorAndANonZeroExit(int exitCode, string message, params string[] args)
    {
        var result = await RunAsync(args);
        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Err);
        Assert.Single(result.Err.Trim().Split('\n'));
    }

    [Fact]
    public async Task MeshRotateKey_MakesTheNextKey_WhichTheNodeTakesUpAtItsNextStart()
    {
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-cli-rotate-");
        var none = await RunAsync("mesh", "rotate-key", "--data-dir", dir);
        Assert.Equal(1, none.ExitCode);
        Assert.Contains("no model signing key to rotate", none.Err);
        Assert.Single(none.Err.Trim().Split('\n'));

        string oldId;
        using (var key = LocalMesh.Mesh.Models.ModelSigningKey.LoadOrCreate(dir))
        {
            oldId = key.KeyId;
        }

        var rotated = await RunAsync("mesh", "rotate-key", "--data-dir", dir);
        Assert.True(rotated.ExitCode == 0, rotated.Err);
        Assert.Contains($"to replace {oldId}", rotated.Out);
        Assert.Contains("The node switches at its next start: restart it now.", rotated.Out);
        var newId = System.Text.RegularExpressions.Regex.Match(rotated.Out, "New model signing key ([0-9a-f]{16})").Groups[1].Value;
        using var next = LocalMesh.Mesh.Models.ModelSigningKey.LoadOrCreate(dir, "plant", "a"); // what the node does as it starts
        Assert.Equal(newId, next.KeyId);
        Assert.Equal(oldId, LocalMesh.Mesh.Models.ModelSignature.KeyId(Assert.Single(next.Rotations).OldKey));
    }

    [Fact]
    public async Task MeshAuthorityAndCertify_CertifyTheNodesKey_AndBadInputIsOneLineAndNonZero()
    {
        var dir = LocalMesh.Testing.TempDirectories.Create("localmesh-cli-authority-");
        var authority = Path.Combine(dir, "plant-authority.pem");
        var made = await RunAsync("mesh", "authority", "--key", authority);
        Assert.True(made.ExitCode == 0, made.Err);
        var publicKey = made.Out.Trim().Split('\n')[^1];
        Assert.True(LocalMesh.Mesh.Models.ModelSignature.IsPublicKey(publicKey), made.Out);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(authority));
        }

        var again = await RunAsync("mesh", "authority", "--key", authority); // shows the same key, replaces nothing
        Assert.Equal(publicKey, again.Out.Trim().Split('\n')[^1]);

        var node = Path.Combine(dir, "p1");
        var certified = await RunAsync("mesh", "certify", "--authority", authority, "--site", "plant", "--node-id", "p1", "--data-dir", node);
        Assert.True(certified.ExitCode == 0, certified.Err);
        using var key = LocalMesh.Mesh.Models.ModelSigningKey.LoadOrCreate(node);
        Assert.Contains($"Certified key {key.KeyId} as p1@plant's", certified.Out);
        var options = new LocalMesh.Mesh.MeshOptions { Site = "plant", NodeId = "p1", SiteAuthorities = new() { ["plant"] = publicKey } };
        Assert.Single(LocalMesh.Mesh.Membership.NodeCertificate.ForNode(node, options, key, TimeProvider.System)); // what the node checks at start

        var printed = await RunAsync("mesh", "key", "--data-dir", node);
        Assert.Equal(key.PublicKey, printed.Out.Trim());
        var remote = await RunAsync("mesh", "certify", "--authority", authority, "--site", "plant", "--node-id", "p2", "--public-key", key.PublicKey, "--out", Path.Combine(dir, "p2.json"));
        Assert.True(remote.ExitCode == 0, remote.Err);
        Assert.Equal("p2", Assert.Single(LocalMesh.Mesh.Membership.NodeCertificate.ReadFile(Path.Combine(dir, "p2.json"))).Node);

        foreach (var bad in new[]
        {
            new[] { "--authority", Path.Combine(dir, "missing.pem"), "--site", "plant", "--node-id", "p1", "--data-dir", node },
            ["--authority", authority, "--site", "pl ant", "--node-id", "p1", "--data-dir", node],
            ["--authority", authority, "--site", "plant", "--node-id", "p1"],
            ["--authority", authority, "--site", "plant", "--node-id", "p2", "--public-key", "not-a-key", "--out", Path.Combine(dir, "x.json")],
            ["--authority", authority, "--site", "plant", "--node-id", "p2", "--public-key", key.PublicKey],
            ["--authority", authority, "--site", "plant", "--node-id", "p1", "--data-dir", node, "--days", "0"],
            ["--authority", Path.Combine(node, LocalMesh.Mesh.Membership.NodeCertificate.RelativePath), "--site", "plant", "--node-id", "p1", "--data-dir", node],
        })
        {
            var result = await RunAsync(["mesh", "certify", .. bad]);
            Assert.True(result.ExitCode != 0, string.Join(' ', bad));
            Assert.Single(result.Err.Trim().Split('\n'));
            Assert.StartsWith("localmesh: ", result.Err, StringComparison.Ordinal);
        }
    }

    private static async Task<(int ExitCode, string Out, string Err)> RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "localmesh.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
