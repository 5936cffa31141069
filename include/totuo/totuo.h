/* libtotuo - planning care services for children under three
 *
 * The umbrella header: include this one, never the others directly. */
#pragma once

/**
 * @file totuo.h
 * @brief The umbrella header of libtotuo. Include only this one.
 */

#define __TOTUO_INSIDE__

#include <totuo/macros.h>
#include <totuo/version.h>
#include <totuo/enums.h>
#include <totuo/error.h>
#include <totuo/limits.h>
#include <totuo/region.h>
#include <totuo/institution.h>
#include <totuo/dataset.h>
#include <totuo/columns.h>
#include <totuo/csv.h>
#include <totuo/json.h>
#include <totuo/indicator.h>
#include <totuo/indicator-table.h>
#include <totuo/planning.h>
#include <totuo/target.h>
#include <totuo/plan.h>
#include <totuo/observations.h>
#include <totuo/evaluation.h>
#include <totuo/geo.h>
#include <totuo/demand.h>
#include <totuo/access.h>
#include <totuo/report.h>

#undef __TOTUO_INSIDE__
