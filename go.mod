module sharechain

go 1.26.8
