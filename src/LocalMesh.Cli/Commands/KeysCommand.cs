using System.CommandLine;
using System.Security.Cryptography;
using LocalMesh.Configuration;

namespace LocalMesh.Cli.Commands;

/// <summary><c>localmesh keys</c>: make API keys and the hashes the configuration stores.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("key") { Description = "The key to hash." };
        var hash = new Command("hash", "Print the 'sha256:...' form of a key for LocalMesh:Keys:{name}:Hash.") { key };
        hash.SetAction(parse =>
        {
            var value = parse.GetValue(key);
            if (string.IsNullOrWhiteSpace(value))
            {
                Console.Error.WriteLine("localmesh: the key is empty.");
                return 2;
            }

            Console.WriteLine(ApiKeyHash.Compute(value));
            return 0;
        });
        var create = new Command("new", "Make a random key and print it with its hash (the key is shown once; store only the hash).");
        create.SetAction(_ =>
        {
            var value = "lm-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            Console.WriteLine($"key:  {value}");
            Console.WriteLine($"hash: {ApiKeyHash.Compute(value)}");
            return 0;
        });
        return new Command("keys", "Make API keys and their stored hashes.") { hash, create };
    }
}
