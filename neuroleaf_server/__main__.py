from neuroleaf_server.cli import main

main()
