from civannot.cli import main

raise SystemExit(main())
