import { IdempotentCreate } from '../../platform/idempotency/idempotent-create.decorator';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import {
  AddTaskNoteRequest,
  AddTimeEntryRequest,
  AssignTaskRequest,
  SkipTaskRequest,
  TaskActionRequest,
  TaskDto,
  TaskPage,
  TaskQuery,
  UpdateChecklistItemRequest,
} from './dto/task.dto';
import { TasksService } from './tasks.service';

@ApiTags('tasks')
@Controller('tasks')
@Authorize('tasks:work')
@ApiNotFoundResponse({ type: Problem })
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  /** The task board: filter by assignee (`me` or an id), team, status or request. */
  @Get()
  @ApiOkResponse({ type: TaskPage })
  listTasks(@Query() query: TaskQuery): Promise<TaskPage> {
    return this.tasks.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: TaskDto })
  getTask(@Param('id', ParseUUIDPipe) id: string): Promise<TaskDto> {
    return this.tasks.get(id);
  }

  /** Takes the task yourself. */
  @Post(':id/claim')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ type: Problem })
  claimTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TaskActionRequest,
  ): Promise<TaskDto> {
    return this.tasks.claim(id, body.version);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ type: Problem })
  assignTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignTaskRequest,
  ): Promise<TaskDto> {
    return this.tasks.assign(id, body.assigneeId, body.version);
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ type: Problem })
  startTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TaskActionRequest,
  ): Promise<TaskDto> {
    return this.tasks.start(id, body.version);
  }

  /** Finishes the task; dependants open, and the request is fulfilled when none remain. */
  @Post(':id/complete')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ type: Problem })
  completeTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: TaskActionRequest,
  ): Promise<TaskDto> {
    return this.tasks.complete(id, body.version);
  }

  @Post(':id/skip')
  @HttpCode(200)
  @ApiOkResponse({ type: TaskDto })
  @ApiConflictResponse({ type: Problem })
  skipTask(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SkipTaskRequest,
  ): Promise<TaskDto> {
    return this.tasks.skip(id, body.reason, body.version);
  }

  @Patch(':id/checklist/:itemId')
  @ApiOkResponse({ type: TaskDto })
  updateChecklistItem(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemId', ParseUUIDPipe) itemId: string,
    @Body() body: UpdateChecklistItemRequest,
  ): Promise<TaskDto> {
    return this.tasks.setChecklistItem(id, itemId, body.done);
  }

  @IdempotentCreate()
  @Post(':id/notes')
  @ApiOkResponse({ type: TaskDto })
  addTaskNote(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddTaskNoteRequest,
  ): Promise<TaskDto> {
    return this.tasks.addNote(id, body);
  }

  @IdempotentCreate()
  @Post(':id/time-entries')
  @ApiOkResponse({ type: TaskDto })
  addTimeEntry(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddTimeEntryRequest,
  ): Promise<TaskDto> {
    return this.tasks.addTimeEntry(id, body);
  }
}
