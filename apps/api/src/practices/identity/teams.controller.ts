import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { IdempotentCreate } from '../../platform/idempotency/idempotent-create.decorator';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { Problem } from '../../platform/errors/problem';
import { CreateTeamRequest, TeamDto, TeamPage, TeamQuery, UpdateTeamRequest } from './dto/team.dto';
import { TeamsService } from './teams.service';

@ApiTags('teams')
@Controller('teams')
export class TeamsController {
  constructor(private readonly teams: TeamsService) {}

  @Get()
  @Authorize('teams:read')
  @ApiOkResponse({ type: TeamPage })
  listTeams(@Query() query: TeamQuery): Promise<TeamPage> {
    return this.teams.list(query);
  }

  @Get(':id')
  @Authorize('teams:read')
  @ApiOkResponse({ type: TeamDto })
  @ApiNotFoundResponse({ type: Problem })
  getTeam(@Param('id', ParseUUIDPipe) id: string): Promise<TeamDto> {
    return this.teams.get(id);
  }

  @IdempotentCreate()
  @Post()
  @Authorize('teams:manage')
  @ApiCreatedResponse({ type: TeamDto })
  createTeam(@Body() body: CreateTeamRequest): Promise<TeamDto> {
    return this.teams.create(body);
  }

  @Patch(':id')
  @Authorize('teams:manage')
  @ApiOkResponse({ type: TeamDto })
  @ApiNotFoundResponse({ type: Problem })
  @ApiConflictResponse({ type: Problem })
  updateTeam(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateTeamRequest,
  ): Promise<TeamDto> {
    return this.teams.update(id, body);
  }
}
