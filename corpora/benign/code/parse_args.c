#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static void usage(const char *prog)
{
    fprintf(stderr, "usage: %s [-v] [-n COUNT] [-o FILE] INPUT...\n", prog);
}

int main(int argc, char **argv)
{
    int verbose = 0;
    long count = 10;
    const char *out = NULL;
    int opt;

    while ((opt = getopt(argc, argv, "vn:o:h")) != -1) {
        switch (opt) {
        case 'v':
            verbose++;
            break;
        case 'n': {
            char *end;
            errno = 0;
            count = strtol(optarg, &end, 10);
            if (errno || *end || count <= 0) {
                fprintf(stderr, "invalid count: %s\n", optarg);
                return 2;
            }
            break;
        }
        case 'o':
            out = optarg;
            break;
        default:
            usage(argv[0]);
            return opt == 'h' ? 0 : 2;
        }
    }
    if (optind >= argc) {
        usage(argv[0]);
        return 2;
    }
    for (int i = optind; i < argc; i++) {
        if (verbose)
            fprintf(stderr, "processing %s (count=%ld)\n", argv[i], count);
    }
    if (out)
        printf("writing results to %s\n", out);
    return 0;
}
