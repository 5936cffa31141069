# The same work as totuo-bench, done with R's data.table, side by side.
#
#   Rscript datatable_reference.R REGIONS.csv INSTITUTIONS.csv TOTUO_RESULTS.csv TOTUO_BENCH.txt [RUNS]
#
# Loads both CSV files with fread on every core (data.table's default is
# half of them; libtotuo uses two threads), rolls places, institutions and population up every level with
# libtotuo's population rule (a region's own figure, else the sum of its
# children's when all are known), saves both files with fwrite; prints the
# median seconds of each, the ratio data.table / libtotuo, and checks that
# the roll-up equals libtotuo's to the last digit. data.table writes no
# JSON, so that operation is not compared.
suppressPackageStartupMessages(library(data.table))
setDTthreads(0)

timed <- function(runs, work) {
  times <- numeric(runs)
  result <- NULL
  for (k in seq_len(runs)) {
    result <- NULL
    invisible(gc())   # the previous run's garbage is not this run's cost
    start <- Sys.time()
    result <- work()
    times[k] <- as.numeric(Sys.time() - start, units = "secs")
  }
  list(seconds = median(times), result = result)
}

load <- function(regions_path, institutions_path) {
  regions <- fread(regions_path, na.strings = "",
                   colClasses = list(character = c("code", "parent"),
                                     numeric = "population"))
  institutions <- fread(institutions_path, colClasses = list(character = c("id", "region")))
  list(regions = regions, institutions = institutions)
}

depth_of <- c(province = 0L, city = 1L, district = 2L, street = 3L, township = 3L,
              community = 4L)

roll_up <- function(regions, institutions) {
  per_region <- institutions[, .(institutions = .N, places = sum(as.numeric(places))),
                             by = region]
  table <- regions[, .(code, parent, population, depth = depth_of[level],
                       institutions = 0, places = 0)]
  table[per_region, on = .(code = region),
        `:=`(institutions = i.institutions, places = i.places)]
  # Children first: add each level's sums into the level above.
  for (level in 4:1) {
    sums <- table[depth == level,
                  .(institutions = sum(institutions), places = sum(places),
                    population = if (anyNA(population)) NA_real_ else sum(population)),
                  by = parent]
    table[sums, on = .(code = parent),
          `:=`(institutions = institutions + i.institutions, places = places + i.places,
               population = fifelse(is.na(population), i.population, population))]
  }
  table[, places_per_1000 := places / population * 1000]
  table
}

save_csv <- function(regions, institutions, directory) {
  fwrite(regions, file.path(directory, "regions.csv"))
  fwrite(institutions, file.path(directory, "institutions.csv"))
}

totuo_seconds <- function(path) {
  lines <- grep("^BENCH ", readLines(path), value = TRUE)
  seconds <- list()
  for (line in lines) {
    fields <- strsplit(strsplit(line, " ")[[1]][-1], "=")
    values <- setNames(sapply(fields, `[`, 2), sapply(fields, `[`, 1))
    seconds[[values[["operation"]]]] <- as.numeric(values[["seconds"]])
  }
  seconds
}

check_results <- function(results_path, table) {
  ours <- fread(results_path, colClasses = list(character = "code"), na.strings = "")
  theirs <- table[ours, on = "code"]
  stopifnot(all(theirs$institutions == ours$institutions),
            all(theirs$places == ours$places),
            all((theirs$population == ours$population) %in% TRUE |
                (is.na(theirs$population) & is.na(ours$population))))
  ratio <- abs(theirs$places_per_1000 - ours$places_per_1000) /
    pmax(abs(theirs$places_per_1000), 1e-300)
  stopifnot(all(ratio[!is.na(ratio)] < 1e-12),
            all(is.na(ratio) == is.na(theirs$places_per_1000)))
  nrow(ours)
}

main <- function(args) {
  regions_path <- args[1]
  institutions_path <- args[2]
  runs <- if (length(args) > 4) as.integer(args[5]) else 3L
  directory <- tempfile("datatable-")
  dir.create(directory)
  on.exit(unlink(directory, recursive = TRUE))

  loaded <- timed(runs, function() load(regions_path, institutions_path))
  regions <- loaded$result$regions
  institutions <- loaded$result$institutions
  rolled <- timed(runs, function() roll_up(regions, institutions))
  saved <- timed(runs, function() save_csv(regions, institutions, directory))
  n_regions <- check_results(args[3], rolled$result)

  totuo <- totuo_seconds(args[4])
  ours <- c(load = loaded$seconds, rollup = rolled$seconds, save_csv = saved$seconds)
  cat(sprintf("%-10s %14s %12s %20s\n", "operation", "data.table s", "libtotuo s",
              "data.table/libtotuo"))
  for (op in names(ours))
    cat(sprintf("%-10s %14.4f %12.4f %20.1f\n", op, ours[[op]], totuo[[op]],
                ours[[op]] / totuo[[op]]))
  both <- (ours[["load"]] + ours[["rollup"]]) / (totuo[["load"]] + totuo[["rollup"]])
  cat(sprintf("load + roll-up: libtotuo is %.1f times as fast as data.table (%d threads)\n",
              both, getDTthreads()))
  cat(sprintf("results: %d regions equal in institutions, places, population and places per 1,000\n",
              n_regions))
  cat(sprintf("DATATABLE load=%.6f rollup=%.6f save_csv=%.6f speedup_load_rollup=%.2f\n",
              ours[["load"]], ours[["rollup"]], ours[["save_csv"]], both))
}

main(commandArgs(trailingOnly = TRUE))
