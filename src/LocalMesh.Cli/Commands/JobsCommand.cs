using System.CommandLine;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh jobs ID</c>: the state (and answer, once there is one) of a queued request.</summary>
internal static class JobsCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The job id printed when the request was queued." };
        var url = CliOptions.Url();
        var key = CliOptions.Key();
        var json = CliOptions.Json();
        var command = new Command("jobs", "Show a queued request's status and, once answered, the answer.") { id, url, key, json };
        command.SetAction((parse, cancellationToken) => CliRunner.RunAsync(async () =>
        {
            using var client = new NodeClient(parse.GetValue(url)!, parse.GetValue(key));
            var job = await client.GetJsonAsync("/v1/localmesh/jobs/" + Uri.EscapeDataString(parse.GetValue(id)!), cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(job.GetRawText());
                return 0;
            }

            Console.WriteLine($"{job.GetProperty("id").GetString()}: {job.GetProperty("status").GetString()} (attempts: {job.GetProperty("attempts").GetInt32()})");
            if (job.TryGetProperty("result", out var result))
            {
                Console.WriteLine(result.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
            }
            else if (job.GetProperty("error").GetString() is { } error)
            {
                Console.WriteLine("last error: " + error);
            }

            return 0;
        }));
        return command;
    }
}
